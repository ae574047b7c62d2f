BRIEFINGS_SEARCH_WORDS("soh",{
"sohr":"2e"
});
