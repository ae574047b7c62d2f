BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"4q,2r"
});
