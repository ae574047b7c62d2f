BRIEFINGS_SEARCH_WORDS("ete",{
"ete":"9,29,1d,1,1,6,7,s,1g,8,s,2,1,7,1,1,3,1,6,2,2,1;43,7,s,1o,s,2,1"
});
