BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7t",
"filippo":"15;15"
});
