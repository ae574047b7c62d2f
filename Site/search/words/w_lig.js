BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,3z;37",
"ligue":"1x,5q;1x"
});
