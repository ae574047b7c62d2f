BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"29",
"barrels":"3z,3m"
});
