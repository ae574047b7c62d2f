BRIEFINGS_SEARCH_WORDS("mot",{
"mothers":"5l,26",
"motorway":"51,2t"
});
