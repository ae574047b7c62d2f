BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,19,8,2,1p,3,1l,l,6,1;52,26,6"
});
