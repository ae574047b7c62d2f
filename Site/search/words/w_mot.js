BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5l,25",
"motorway":"51,2s"
});
