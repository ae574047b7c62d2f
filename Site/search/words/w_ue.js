BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,19,8,2,1q,3,28,6,1;53,28,6"
});
