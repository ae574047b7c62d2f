BRIEFINGS_SEARCH_WORDS("fah",{
"fahrettin":"12,4c,1,1a,18,5;12,4c"
});
