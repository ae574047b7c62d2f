BRIEFINGS_SEARCH_WORDS("eea",{
"eeas":"30"
});
