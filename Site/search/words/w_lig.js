BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,3y;37",
"ligue":"1x,5p;1x"
});
