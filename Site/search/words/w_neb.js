BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,20,2d;33,20",
"nebenzya":"33"
});
