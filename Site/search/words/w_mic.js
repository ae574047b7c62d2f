BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3v,h,2;n,6g",
"michelle":"24,3o,1z;24,3o"
});
