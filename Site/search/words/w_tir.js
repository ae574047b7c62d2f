BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4d,3,2q,c;4d,3"
});
