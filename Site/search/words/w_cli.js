BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4a,3a;4a",
"clinique":"22"
});
