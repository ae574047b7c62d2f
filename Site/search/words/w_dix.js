BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"45,3f"
});
