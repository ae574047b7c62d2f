BRIEFINGS_SEARCH_WORDS("avr",{
"avril":"2,f,1e,a,31,2n,5,2,1"
});
