BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,55,b,1,4"
});
