BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5f,1y",
"motorway":"4v,2l"
});
