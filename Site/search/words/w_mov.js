BRIEFINGS_SEARCH_WORDS("mov",{
"moved":"7k",
"movement":"1i"
});
