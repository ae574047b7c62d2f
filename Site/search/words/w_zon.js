BRIEFINGS_SEARCH_WORDS("zon",{
"zone":"1,o,35,2,15,15,1b,c,7,4;66",
"zones":"l,9,1b,d,1c,2"
});
