BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2q,e,5,8,2a,7,1,z,8,6,8,3;3h,2h,1,z",
"lorsqu":"0,6d,y",
"lorsque":"1"
});
