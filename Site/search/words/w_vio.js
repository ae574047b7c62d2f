BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4m,1x,s,7",
"violation":"z,2b",
"violations":"2,1n,h,14,1y,27,7,2",
"viole":"45,10,2b,5"
});
