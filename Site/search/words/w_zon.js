BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2i,2,14,14,1f,c,7,4;6w",
"zones":"l,9,1a,d,q,2"
});
