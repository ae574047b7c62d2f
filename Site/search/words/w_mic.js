BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3h,h,2;n,62",
"michelle":"24,3j,1q;24,3j"
});
