BRIEFINGS_SEARCH_WORDS("var",{
"variables":"3a",
"varsovie":"17"
});
