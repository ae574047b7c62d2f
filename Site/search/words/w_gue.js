BRIEFINGS_SEARCH_WORDS("gue",{
"guerre":"2,1j,11,y,43;3k"
});
