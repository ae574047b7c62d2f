BRIEFINGS_SEARCH_WORDS("m4",{
"m4":"1,1i,12,m,2,1c,5,1c,w,8,1,4,5,2;4l,2d,8"
});
