BRIEFINGS_SEARCH_WORDS("3",{
"3":"0,1,m,3,5,q,2,6,3,12,5,r,1,1,1,17,g,r,1o,3,1;5k,r"
});
