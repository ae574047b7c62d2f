BRIEFINGS_SEARCH_WORDS("und",{
"under":"22,5p,b,1,4"
});
