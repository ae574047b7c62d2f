BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1c,26,9,1,22,5,1;57"
});
