BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2p,e,5,9,2g,7,15,9,6,8,3;3h,2n",
"lorsqu":"0,6m,11",
"lorsque":"1"
});
