BRIEFINGS_SEARCH_WORDS("gue",{
"guerre":"2,1j,11,1k,43;46"
});
