BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4u,20,s,7;6u",
"violation":"z,2b",
"violations":"2,1n,h,14,26,2a,7,2",
"viole":"48,15,2e,5;48"
});
