BRIEFINGS_SEARCH_WORDS("avr",{
"avril":"2,f,1e,a,30,2l,5,2,1"
});
