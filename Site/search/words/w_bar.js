BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"28",
"barrels":"41,3w;41"
});
