BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4g,3h;4g",
"clinique":"22"
});
