BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7u",
"movement":"1i"
});
