BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3i,h,2;n,63",
"michelle":"24,3g,1u;24,3g"
});
