BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2j,2,15,15,1b,c,7,4;5k",
"zones":"l,9,1b,d,q,2"
});
