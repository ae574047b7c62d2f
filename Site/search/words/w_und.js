BRIEFINGS_SEARCH_WORDS("und",{
"under":"22,54,b,1,4"
});
