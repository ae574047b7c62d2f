BRIEFINGS_SEARCH_WORDS("ott",{
"otto":"18"
});
