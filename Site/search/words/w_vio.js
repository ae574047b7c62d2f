BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4o,1t,t,7",
"violation":"z,2c",
"violations":"2,1n,i,14,1z,24,7,2",
"viole":"46,12,27,5;58"
});
