BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2p,e,5,9,2g,7,1,16,9,6,8,3;3h,2n,1",
"lorsqu":"0,6n,12",
"lorsque":"1"
});
