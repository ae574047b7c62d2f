BRIEFINGS_SEARCH_WORDS("hul",{
"hulusi":"1j,1u,33,h,9,4,d;1j,4x"
});
