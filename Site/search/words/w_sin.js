BRIEFINGS_SEARCH_WORDS("sin",{
"since":"4g,g,5,s,e,q,j,4,1,3,3,1,2,2;67"
});
