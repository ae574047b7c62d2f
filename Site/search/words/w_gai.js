BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"45,3r",
"gains":"39,3n,1,n,2;6x"
});
