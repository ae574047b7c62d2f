BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7a",
"rather":"76"
});
