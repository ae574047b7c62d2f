BRIEFINGS_SEARCH_WORDS("foy",{
"foyer":"88"
});
