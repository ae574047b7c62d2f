BRIEFINGS_SEARCH_WORDS("awa",{
"away":"7v"
});
