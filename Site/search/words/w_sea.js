BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"75,c",
"seas":"75",
"seat":"79"
});
