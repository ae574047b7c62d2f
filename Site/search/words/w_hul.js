BRIEFINGS_SEARCH_WORDS("hul",{
"hulusi":"1j,1v,3e,j,9,4,d;1j,59"
});
