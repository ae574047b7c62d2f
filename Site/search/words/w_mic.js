BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"26",
"michel":"0,n,8,2e,3f,i,2;n,61",
"michelle":"25,3i,1q;25,3i"
});
