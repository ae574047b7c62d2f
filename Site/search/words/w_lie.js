BRIEFINGS_SEARCH_WORDS("lie",{
"lies":"5d,2p;5d",
"lieu":"f,7m"
});
