BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"47,3o",
"ville":"39,1h,1k,n,m,4,7;4q,1k"
});
