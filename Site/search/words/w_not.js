BRIEFINGS_SEARCH_WORDS("not",{
"not":"3v,i,l,l,1e,m,4,1,6,1,2,2;3v",
"notamment":"d,j,5,a,r,f,5,11,1l,2l,7,1",
"noted":"5q,21"
});
