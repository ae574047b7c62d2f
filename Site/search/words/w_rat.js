BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7k",
"rather":"7g"
});
