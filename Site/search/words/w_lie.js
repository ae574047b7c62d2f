BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4p,2s;4p",
"lieu":"f,71"
});
