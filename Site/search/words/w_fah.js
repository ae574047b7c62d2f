BRIEFINGS_SEARCH_WORDS("fah",{
"fahrettin":"12,3v,1,1c,1c,5;12,3v"
});
