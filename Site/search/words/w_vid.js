BRIEFINGS_SEARCH_WORDS("vid",{
"vide":"3x",
"videe":"84"
});
