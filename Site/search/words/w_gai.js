BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"43,3g",
"gains":"3a,3a,3,k,2;6k"
});
