BRIEFINGS_SEARCH_WORDS("vil",{
"villages":"4a,3n",
"ville":"39,1h,1l,n,n,4,7;4q,1l"
});
