BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3b",
"videe":"7i"
});
