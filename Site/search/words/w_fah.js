BRIEFINGS_SEARCH_WORDS("fah",{
"fahrettin":"12,3o,1,1a,1b,5;12,3o"
});
