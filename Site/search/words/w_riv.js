BRIEFINGS_SEARCH_WORDS("riv",{
"rival":"14,r,1r,19,30,4,2",
"rivaux":"28,1n,2,43"
});
