BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"48,3p",
"gains":"39,3o,1,n,2;6y"
});
