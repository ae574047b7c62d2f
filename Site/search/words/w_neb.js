BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"33,22,2a;33,22",
"nebenzya":"33"
});
