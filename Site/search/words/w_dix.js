BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"46,3e"
});
