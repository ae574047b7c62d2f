BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3a",
"videe":"4j,2z;4j"
});
