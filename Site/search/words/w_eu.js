BRIEFINGS_SEARCH_WORDS("eu",{
"eu":"0,n,8,c,h,3,8,11,2,4,1f,2i,2,1,8;4l,2i,3"
});
