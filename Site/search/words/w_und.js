BRIEFINGS_SEARCH_WORDS("und",{
"under":"21,5h,b,1,4"
});
