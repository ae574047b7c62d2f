BRIEFINGS_SEARCH_WORDS("fah",{
"fahrettin":"12,3q,1,1a,18,5;12,3q"
});
