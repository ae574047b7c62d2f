BRIEFINGS_SEARCH_WORDS("hul",{
"hulusi":"1j,1v,33,i,8,4,d;1j,4y"
});
