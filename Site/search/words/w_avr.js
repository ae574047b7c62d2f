BRIEFINGS_SEARCH_WORDS("avr",{
"avril":"2,f,1e,b,3g,2f,5,2,1"
});
