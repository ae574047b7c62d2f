BRIEFINGS_SEARCH_WORDS("foy",{
"foyer":"7m"
});
