BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,19,8,2,1u,3,2c,6,1;57,2c,6"
});
