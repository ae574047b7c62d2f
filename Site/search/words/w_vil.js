BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"47,3p",
"ville":"39,1h,1k,n,n,4,7;4q,1k"
});
