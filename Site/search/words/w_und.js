BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,5g,b,1,4"
});
