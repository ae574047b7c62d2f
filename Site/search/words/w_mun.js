BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1d,27,9,1,1z,5,1;59"
});
