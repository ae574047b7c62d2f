BRIEFINGS_SEARCH_WORDS("fah",{
"fahrettin":"12,3w,1,1d,1d,5;12,3w"
});
