BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3a",
"videe":"4n,36;4n"
});
