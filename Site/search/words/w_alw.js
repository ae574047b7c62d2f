BRIEFINGS_SEARCH_WORDS("alw",{
"always":"7v"
});
