BRIEFINGS_SEARCH_WORDS("eea",{
"eeas":"31"
});
