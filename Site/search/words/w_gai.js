BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"45,3q",
"gains":"39,3n,1,m,2;6x"
});
