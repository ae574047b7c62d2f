BRIEFINGS_SEARCH_WORDS("gue",{
"guerre":"2,1j,10,y,44"
});
