BRIEFINGS_SEARCH_WORDS("var",{
"variables":"39",
"varsovie":"17"
});
