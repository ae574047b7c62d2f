BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"4b,3n"
});
