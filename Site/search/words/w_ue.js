BRIEFINGS_SEARCH_WORDS("ue",{
"ue":"0,f,5,5,n,f,19,8,2,1v,3,2e,6,1;58,2e,6"
});
