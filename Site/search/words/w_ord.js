BRIEFINGS_SEARCH_WORDS("ord",{
"ordered":"4y,2w"
});
