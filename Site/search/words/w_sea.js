BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"7r,c",
"seas":"7r",
"seat":"7v"
});
