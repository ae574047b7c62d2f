BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4x,38;4x",
"clinique":"23"
});
