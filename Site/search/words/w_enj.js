BRIEFINGS_SEARCH_WORDS("enj",{
"enjeu":"3w"
});
