BRIEFINGS_SEARCH_WORDS("lig",{
"ligne":"4,21,13,2,3i,f;38",
"ligue":"1x,5p;1x"
});
