BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,1a,8,2,1p,3,1l,l,6,1;53,26,6"
});
