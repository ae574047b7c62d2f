BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4h,2,2y,c;4h,2"
});
