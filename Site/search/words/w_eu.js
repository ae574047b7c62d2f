BRIEFINGS_SEARCH_WORDS("eu",{
"eu":"0,n,8,c,h,3,9,11,2,4,22,2f,2,1,8;59,2f,3"
});
