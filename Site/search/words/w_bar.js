BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"28",
"barrels":"43,3t;43"
});
