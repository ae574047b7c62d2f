BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"34,22,2a;34,22",
"nebenzya":"34"
});
