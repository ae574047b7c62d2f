BRIEFINGS_SEARCH_WORDS("riv",{
"rival":"14,r,1r,18,2y,4,2",
"rivaux":"28,1n,42"
});
