BRIEFINGS_SEARCH_WORDS("moa",{
"moallem":"36"
});
