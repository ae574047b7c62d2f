BRIEFINGS_SEARCH_WORDS("mob",{
"mobilised":"7z"
});
