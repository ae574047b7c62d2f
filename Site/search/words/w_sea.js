BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"78,c",
"seas":"78",
"seat":"7c"
});
