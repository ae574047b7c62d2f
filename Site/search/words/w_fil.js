BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"84",
"filippo":"15;15"
});
