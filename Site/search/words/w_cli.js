BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4g,3f;4g",
"clinique":"22"
});
