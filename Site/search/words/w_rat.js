BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7m",
"rather":"7i"
});
