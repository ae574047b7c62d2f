BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"34,21,2a;34,21",
"nebenzya":"34"
});
