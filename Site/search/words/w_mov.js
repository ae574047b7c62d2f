BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7v",
"movement":"1i"
});
