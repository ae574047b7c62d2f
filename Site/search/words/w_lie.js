BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4x,2w;4x",
"lieu":"f,7d"
});
