BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"38,o,3r;3w"
});
