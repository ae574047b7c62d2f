BRIEFINGS_SEARCH_WORDS("m5",{
"m5":"1,h,2d,d,2,1c,5,5,17,j,m,4,5,2,1;4w"
});
