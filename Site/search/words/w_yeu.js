BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"37,o,3r;3v"
});
