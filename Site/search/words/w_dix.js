BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"4a,3l"
});
