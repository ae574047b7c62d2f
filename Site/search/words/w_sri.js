BRIEFINGS_SEARCH_WORDS("sri",{
"sri":"3o,3z"
});
