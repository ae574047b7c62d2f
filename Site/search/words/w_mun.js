BRIEFINGS_SEARCH_WORDS("mun",{
"munich":"1g,1c,29,8,1,1z,5,1;59"
});
