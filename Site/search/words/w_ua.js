BRIEFINGS_SEARCH_WORDS("ua",{
"ua":"30"
});
