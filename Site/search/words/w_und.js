BRIEFINGS_SEARCH_WORDS("und",{
"under":"22,53,b,1,4"
});
