BRIEFINGS_SEARCH_WORDS("m4",{
"m4":"1,1i,13,18,2,1b,5,1c,w,8,1,4,5,2;57,2d,8"
});
