BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4r,2s;4r",
"lieu":"f,73"
});
