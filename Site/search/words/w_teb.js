BRIEFINGS_SEARCH_WORDS("teb",{
"tebboune":"9"
});
