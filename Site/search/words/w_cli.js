BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4a,3c;4a",
"clinique":"22"
});
