BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2q,e,5,8,2b,7,1,z,8,6,8,3;3h,2i,1,z",
"lorsqu":"0,6e,y",
"lorsque":"1"
});
