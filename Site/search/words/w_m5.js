BRIEFINGS_SEARCH_WORDS("m5",{
"m5":"1,h,2c,d,2,1g,6,5,19,n,m,4,5,2,1;4p,b"
});
