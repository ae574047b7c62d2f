BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"28",
"barrels":"44,3v;44"
});
