BRIEFINGS_SEARCH_WORDS("sea",{
"sea":"3v,3l,c",
"seas":"7g",
"seat":"67,1d"
});
