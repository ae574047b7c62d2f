BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7w",
"filippo":"15;15"
});
