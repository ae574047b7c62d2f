BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3a",
"videe":"4o,38;4o"
});
