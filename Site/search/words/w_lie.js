BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4x,2v;4x",
"lieu":"f,7c"
});
