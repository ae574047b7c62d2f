BRIEFINGS_SEARCH_WORDS("lor",{
"lors":"2q,e,r,8,2a,7,1,z,8,6,8,3;43,2h,1,z",
"lorsqu":"0,6z,y",
"lorsque":"1"
});
