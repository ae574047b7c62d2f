BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,28,2h;33,28",
"nebenzya":"33"
});
