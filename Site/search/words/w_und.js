BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,5f,b,1,4"
});
