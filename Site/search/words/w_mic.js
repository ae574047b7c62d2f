BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"26",
"michel":"0,n,8,2e,3h,h,2;n,63",
"michelle":"25,3j,1q;25,3j"
});
