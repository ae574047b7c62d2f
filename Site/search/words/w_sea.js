BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"3v,3o,c",
"seas":"7j",
"seat":"69,1e"
});
