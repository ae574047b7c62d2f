BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,4c;37",
"ligue":"1x,63;1x"
});
