BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5f,21",
"motorway":"4v,2o"
});
