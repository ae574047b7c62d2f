BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5d,21",
"motorway":"4t,2o"
});
