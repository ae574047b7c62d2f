BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"62,1l"
});
