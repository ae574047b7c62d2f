BRIEFINGS_SEARCH_WORDS("fak",{
"faki":"30"
});
