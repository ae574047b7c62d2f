BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,2j,2,15,16,1b,c,7,4;5l",
"zones":"l,9,1b,d,q,2"
});
