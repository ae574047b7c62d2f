BRIEFINGS_SEARCH_WORDS("tir",{
"tireurs":"1d",
"tirs":"4z,3,2q,c;4z,3"
});
