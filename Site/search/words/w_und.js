BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,5i,b,1,4"
});
