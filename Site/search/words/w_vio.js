BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4u,21,t,7;6v",
"violation":"z,2b",
"violations":"2,1n,h,14,26,2c,7,2",
"viole":"4b,12,2g,5;4b"
});
