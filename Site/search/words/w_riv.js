BRIEFINGS_SEARCH_WORDS("riv",{
"rival":"14,r,1r,13,2s,4,2",
"rivaux":"29,1h,5,3r"
});
