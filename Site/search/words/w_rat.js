BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7v",
"rather":"7r"
});
