BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7j",
"filippo":"15;15"
});
