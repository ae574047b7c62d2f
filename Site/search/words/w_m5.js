BRIEFINGS_SEARCH_WORDS("m5",{
"m5":"1,h,2c,d,2,1h,6,5,1a,n,n,4,5,2,1;4q,b"
});
