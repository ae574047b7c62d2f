BRIEFINGS_SEARCH_WORDS("mob",{
"mobilised":"7d"
});
