BRIEFINGS_SEARCH_WORDS("riv",{
"rival":"14,r,2d,13,2s,4,2",
"rivaux":"29,23,5,3r",
"river":"3k"
});
