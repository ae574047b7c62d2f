BRIEFINGS_SEARCH_WORDS("eu",{
"eu":"0,n,8,c,h,3,8,11,2,4,1m,r,1z,1,8;4s,2r"
});
