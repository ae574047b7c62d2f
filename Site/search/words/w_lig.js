BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,4b;37",
"ligue":"1x,62;1x"
});
