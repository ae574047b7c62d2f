BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7u",
"filippo":"15;15"
});
