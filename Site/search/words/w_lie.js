BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4x,2w",
"lieu":"f,7d"
});
