BRIEFINGS_SEARCH_WORDS("sun",{
"sunday":"5a,1,1q,3,s,7,4"
});
