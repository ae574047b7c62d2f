BRIEFINGS_SEARCH_WORDS("eto",{
"etoiles":"1y"
});
