BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5k,24",
"motorway":"50,2r"
});
