BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4g,3g;4g",
"clinique":"22"
});
