BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7w",
"movement":"1i"
});
