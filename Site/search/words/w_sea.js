BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"76,c",
"seas":"76",
"seat":"7a"
});
