BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3t,g,2;n,6e",
"michelle":"24,3n,1x;24,3n"
});
