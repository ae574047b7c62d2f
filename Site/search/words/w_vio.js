BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4p,1v,r,7",
"violation":"z,2c",
"violations":"2,1n,i,14,20,24,7,2",
"viole":"46,13,27,5"
});
