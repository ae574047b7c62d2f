BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"37,q,42;3x"
});
