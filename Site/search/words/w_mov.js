BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7j",
"movement":"1i"
});
