BRIEFINGS_SEARCH_WORDS("mal",{
"malgre":"89"
});
