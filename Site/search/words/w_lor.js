BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2p,e,5,8,2b,7,1,z,8,6,8,3;3g,2i,1,z",
"lorsqu":"0,6d,y",
"lorsque":"1"
});
