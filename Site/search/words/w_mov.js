BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"85",
"movement":"1i"
});
