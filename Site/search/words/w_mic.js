BRIEFINGS_SEARCH_WORDS("mic",{
"michael":"25",
"michel":"0,n,8,2d,3u,b,6,2;n,6f",
"michelle":"24,3o,1y;24,3o"
});
