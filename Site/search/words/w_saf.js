BRIEFINGS_SEARCH_WORDS("saf",{
"safely":"7w"
});
