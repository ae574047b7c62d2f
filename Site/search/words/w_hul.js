BRIEFINGS_SEARCH_WORDS("hul",{
"hulusi":"1j,2h,32,2,g,8,4,d;1j,5j"
});
