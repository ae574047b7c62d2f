BRIEFINGS_SEARCH_WORDS("m4",{
"m4":"1,1i,13,m,2,1c,5,1c,w,8,1,4,5,2;4m,2d,8"
});
