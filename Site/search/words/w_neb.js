BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,28,2i;33,28",
"nebenzya":"33"
});
