BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"38,o,3q;3w"
});
