BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4w,2v;4w",
"lieu":"f,7b"
});
