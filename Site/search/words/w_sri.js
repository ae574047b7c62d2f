BRIEFINGS_SEARCH_WORDS("sri",{
"sri":"3n,40"
});
