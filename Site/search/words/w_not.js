BRIEFINGS_SEARCH_WORDS("not",{
"not":"48,k,1v,f,3,4,1,6,1,2,2;72",
"notamment":"d,j,5,a,s,f,5,10,1f,2d,7,1",
"noted":"5l,1s"
});
