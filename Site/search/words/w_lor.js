BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2p,e,5,8,2b,7,1,11,9,6,8,3;3g,2i,1,11",
"lorsqu":"0,6d,11",
"lorsque":"1"
});
