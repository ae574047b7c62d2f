BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"42,3i",
"gains":"39,3c,1,m,2;6m"
});
