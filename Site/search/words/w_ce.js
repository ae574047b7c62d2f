BRIEFINGS_SEARCH_WORDS("ce",{
"ce":"0,1,1,1d,12,n,3,1,1,1,e,1,4,1d,1x,j,7,5,2,1;38,g,1,3e"
});
