BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4i,2,30,c;4i,2"
});
