BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4t,20,s,7;6t",
"violation":"z,2b",
"violations":"2,1n,h,14,25,2a,7,2",
"viole":"4a,12,2e,5;4a"
});
