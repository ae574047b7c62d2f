BRIEFINGS_SEARCH_WORDS("yea",{
"year":"4b,39,a",
"years":"7k"
});
