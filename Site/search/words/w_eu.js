BRIEFINGS_SEARCH_WORDS("eu",{
"eu":"0,n,8,c,h,3,8,11,2,4,1l,r,1x,1,8;4r,2p"
});
