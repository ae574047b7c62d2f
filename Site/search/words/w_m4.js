BRIEFINGS_SEARCH_WORDS("m4",{
"m4":"1,1i,12,m,2,1h,6,1f,10,9,1,4,5,2;4q,2l,9"
});
