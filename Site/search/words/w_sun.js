BRIEFINGS_SEARCH_WORDS("sun",{
"sunday":"4o,1,1s,3,t,7,4"
});
