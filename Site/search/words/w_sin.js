BRIEFINGS_SEARCH_WORDS("sin",{
"since":"4y,f,5,l,14,k,4,1,3,3,1,2,2"
});
