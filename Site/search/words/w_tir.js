BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4c,2,2t,c;4c,2"
});
