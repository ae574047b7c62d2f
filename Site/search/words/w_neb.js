BRIEFINGS_SEARCH_WORDS("neb",{
"nebenzia":"34,2n,2a;34,2n",
"nebenzya":"34"
});
