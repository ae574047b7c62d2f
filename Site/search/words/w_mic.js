BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3k,h,2;n,65",
"michelle":"24,3j,1t;24,3j"
});
