BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4o,1v,r,7",
"violation":"z,2b",
"violations":"2,1n,h,14,20,24,7,2",
"viole":"45,12,28,5"
});
