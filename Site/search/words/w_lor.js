BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2p,e,5,9,2f,7,15,9,6,8,3;3h,2m",
"lorsqu":"0,6l,11",
"lorsque":"1"
});
