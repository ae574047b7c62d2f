BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"26",
"michel":"0,n,8,30,3f,i,2;n,6n",
"michelle":"25,44,1q;25,44"
});
