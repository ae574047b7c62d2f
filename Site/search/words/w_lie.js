BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4s,2p;4s",
"lieu":"f,71"
});
