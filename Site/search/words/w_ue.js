BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,1a,u,2,1o,3,1k,m,6,1;5o,26,6"
});
