BRIEFINGS_SEARCH_WORDS("yeu",{
"yeux":"37,s,3y;3z"
});
