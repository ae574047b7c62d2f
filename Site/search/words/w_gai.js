BRIEFINGS_SEARCH_WORDS("gai",{
"gain":"42,3h",
"gains":"39,3c,3,j,2;6l"
});
