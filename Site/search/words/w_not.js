BRIEFINGS_SEARCH_WORDS("not",{
"not":"48,l,1w,e,3,4,1,6,1,2,2;73",
"notamment":"d,j,5,a,s,f,5,10,1g,2d,7,1",
"noted":"5m,1s"
});
