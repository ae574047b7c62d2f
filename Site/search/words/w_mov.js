BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7m",
"movement":"1i"
});
