BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"6j,1f;6j"
});
