BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"3u,o,3q;4i"
});
