BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4b,39;4b",
"clinique":"23"
});
