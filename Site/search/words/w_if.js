BRIEFINGS_SEARCH_WORDS("if",{
"if":"7r"
});
