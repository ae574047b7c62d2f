BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,27,2g;33,27",
"nebenzya":"33"
});
