BRIEFINGS_SEARCH_WORDS("bar",{
"barils":"29",
"barrels":"4l,3m"
});
