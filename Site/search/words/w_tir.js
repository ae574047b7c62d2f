BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4c,3,2r,c;4c,3"
});
