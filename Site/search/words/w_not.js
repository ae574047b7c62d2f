BRIEFINGS_SEARCH_WORDS("not",{
"not":"3v,h,l,l,1d,l,4,1,6,1,2,2;3v",
"notamment":"d,j,5,a,r,f,5,11,1k,2j,7,1",
"noted":"5p,1z"
});
