BRIEFINGS_SEARCH_WORDS("not",{
"not":"47,l,1w,e,3,4,1,6,1,2,2;72",
"notamment":"d,j,5,a,r,f,5,10,1g,2d,7,1",
"noted":"5l,1s"
});
