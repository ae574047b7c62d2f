BRIEFINGS_SEARCH_WORDS("sin",{
"since":"4h,g,5,s,f,q,k,4,1,3,3,1,2,2;69"
});
