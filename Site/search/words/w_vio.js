BRIEFINGS_SEARCH_WORDS("vio",{
"violating":"5a,1t,t,7",
"violation":"z,2y",
"violations":"2,1n,i,1q,1z,24,7,2",
"viole":"4s,12,27,5;5u"
});
