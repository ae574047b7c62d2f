BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"43,3h",
"gains":"3a,3c,3,j,2;6m"
});
