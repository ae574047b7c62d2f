BRIEFINGS_SEARCH_WORDS("by",{
"by":"4o,6,g,s,5,5,t,m,4,1,3,3,1,2,2;4o,1e,5,y"
});
