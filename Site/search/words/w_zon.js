BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2i,2,15,16,1b,c,7,4;5k",
"zones":"l,9,1a,d,q,2"
});
