BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"28",
"barrels":"3y,3n"
});
