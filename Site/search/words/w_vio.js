BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"4u,20,t,7;6u",
"violation":"z,2b",
"violations":"2,1n,h,14,26,2b,7,2",
"viole":"48,15,2f,5;48"
});
