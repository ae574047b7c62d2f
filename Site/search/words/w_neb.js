BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,28,2g;33,28",
"nebenzya":"33"
});
