BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2i,2,1a,16,1k,c,7,4;5p,1k",
"zones":"l,9,1a,d,q,2"
});
