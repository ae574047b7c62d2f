BRIEFINGS_SEARCH_WORDS("fil",{
"fil":"7v",
"filippo":"15;15"
});
