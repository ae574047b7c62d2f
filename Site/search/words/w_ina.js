BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"5v,1i"
});
