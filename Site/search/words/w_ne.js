BRIEFINGS_SEARCH_WORDS("ne",{
"ne":"0,1,l,b,1,7,t,g,2,3,4,3,14,1,1,1,3,b,2,2e,q,c,1,6,6,2,1;3v,5,b,2,3t"
});
