BRIEFINGS_SEARCH_WORDS("mi",{
"mi":"21,9,w"
});
