BRIEFINGS_SEARCH_WORDS("dix",{
"dix":"48,3o"
});
