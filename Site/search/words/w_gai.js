BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"47,3n",
"gains":"39,3m,1,m,2;6w"
});
