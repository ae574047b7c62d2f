BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7i",
"filippo":"15;15"
});
