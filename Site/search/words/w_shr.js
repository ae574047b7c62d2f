BRIEFINGS_SEARCH_WORDS("shr",{
"shrinking":"7z"
});
