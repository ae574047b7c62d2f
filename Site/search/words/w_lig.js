BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,41;37",
"ligue":"1x,5s;1x"
});
