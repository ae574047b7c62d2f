BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"5x,1f;5x"
});
