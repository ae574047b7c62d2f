BRIEFINGS_SEARCH_WORDS("not",{
"not":"3v,9,8,m,l,1d,m,4,1,6,1,2,2;3v,9",
"notamment":"d,j,5,a,r,f,5,11,1l,2k,7,1",
"noted":"5q,20"
});
