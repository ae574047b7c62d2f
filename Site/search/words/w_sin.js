BRIEFINGS_SEARCH_WORDS("sin",{
"since":"4b,e,5,s,11,j,4,1,3,3,1,2,2"
});
