BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,49;37",
"ligue":"1x,60;1x"
});
