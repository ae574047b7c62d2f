BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"49,3l",
"ville":"39,1g,1k,n,m,4,7;4p,1k"
});
