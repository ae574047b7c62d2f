BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,21,13,2,3y;38",
"ligue":"1x,5q;1x"
});
