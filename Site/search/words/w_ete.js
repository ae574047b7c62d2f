BRIEFINGS_SEARCH_WORDS("ete",{
"ete":"9,28,r,1,1,6,7,r,1g,8,v,1,2,7,1,1,3,1,6,2,2,1;3g,7,r,1o,v,1,2"
});
