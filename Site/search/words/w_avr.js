BRIEFINGS_SEARCH_WORDS("avr",{
"avril":"2,f,1e,a,2w,2e,5,2,1"
});
