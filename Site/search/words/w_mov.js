BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7x",
"movement":"1i"
});
