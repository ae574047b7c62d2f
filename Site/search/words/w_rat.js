BRIEFINGS_SEARCH_WORDS("rat",{
"rate":"7c",
"rather":"78"
});
