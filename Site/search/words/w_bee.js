BRIEFINGS_SEARCH_WORDS("bee",{
"been":"41,7,1,2,j,1l,v,1,3,3,1,2,2;49,l,1l"
});
