BRIEFINGS_SEARCH_WORDS("fak",{
"faki":"2z"
});
