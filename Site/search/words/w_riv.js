BRIEFINGS_SEARCH_WORDS("riv",{
"rival":"14,r,1q,14,2s,4,2",
"rivaux":"28,1h,5,3s"
});
