BRIEFINGS_SEARCH_WORDS("ene",{
"energetique":"3w"
});
