BRIEFINGS_SEARCH_WORDS("sin",{
"since":"4c,g,5,l,15,j,4,1,3,3,1,2,2"
});
