BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2i,2,19,16,1i,c,7,4;5o,1i",
"zones":"l,9,1a,d,q,2"
});
