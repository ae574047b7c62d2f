BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4g,3g",
"clinique":"22"
});
