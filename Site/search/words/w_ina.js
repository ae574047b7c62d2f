BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"63,1n"
});
