BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4b,38;4b",
"clinique":"23"
});
