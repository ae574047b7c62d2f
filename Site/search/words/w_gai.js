BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"42,3k",
"gains":"39,3e,1,m,2;6o"
});
