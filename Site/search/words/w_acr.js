BRIEFINGS_SEARCH_WORDS("acr",{
"across":"7z"
});
