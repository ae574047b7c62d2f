BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5l,24",
"motorway":"51,2r"
});
