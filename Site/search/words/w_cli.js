BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4f,3f;4f",
"clinique":"22"
});
