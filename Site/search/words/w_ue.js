BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,19,8,2,1n,3,29,6,1;50,29,6"
});
