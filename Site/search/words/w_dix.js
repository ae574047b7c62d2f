BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"4s,3e"
});
