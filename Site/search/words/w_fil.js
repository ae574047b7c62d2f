BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7l",
"filippo":"15;15"
});
