BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,57,b,1,4"
});
