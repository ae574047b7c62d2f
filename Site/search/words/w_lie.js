BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"4r,2p;4r",
"lieu":"f,70"
});
