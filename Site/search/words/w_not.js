BRIEFINGS_SEARCH_WORDS("not",{
"not":"4u,k,1v,f,3,4,1,6,1,2,2;7o",
"notamment":"d,j,5,a,s,f,5,1m,1f,2d,7,1",
"noted":"67,1s"
});
