BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"37,q,41;3x"
});
