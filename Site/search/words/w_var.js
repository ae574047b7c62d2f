BRIEFINGS_SEARCH_WORDS("var",{
"variables":"3w",
"varsovie":"17"
});
