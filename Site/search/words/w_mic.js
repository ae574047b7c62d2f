BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3u,g,2;n,6f",
"michelle":"24,3o,1x;24,3o"
});
