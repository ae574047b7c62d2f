BRIEFINGS_SEARCH_WORDS("cli",{
"clinic":"4a,39;4a",
"clinique":"22"
});
