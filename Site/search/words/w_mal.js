BRIEFINGS_SEARCH_WORDS("mal",{
"malgre":"7n"
});
