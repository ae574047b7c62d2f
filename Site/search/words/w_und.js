BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,54,b,1,4"
});
