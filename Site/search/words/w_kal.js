BRIEFINGS_SEARCH_WORDS("kal",{
"kalin":"1k;1k"
});
