BRIEFINGS_SEARCH_WORDS("alw",{
"always":"79"
});
