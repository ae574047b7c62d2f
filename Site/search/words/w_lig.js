BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,20,13,2,4a;37",
"ligue":"1x,61;1x"
});
