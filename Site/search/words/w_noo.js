BRIEFINGS_SEARCH_WORDS("noo",{
"noomane":"1,39"
});
