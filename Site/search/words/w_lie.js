BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4x,2x;4x",
"lieu":"f,7e"
});
