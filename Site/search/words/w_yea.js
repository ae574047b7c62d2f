BRIEFINGS_SEARCH_WORDS("yea",{
"year":"4b,3a,a",
"years":"7l"
});
