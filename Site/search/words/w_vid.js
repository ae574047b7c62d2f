BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3b",
"videe":"4k,2z;4k"
});
