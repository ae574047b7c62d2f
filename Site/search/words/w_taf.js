BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4o,3,2p;4p,2s"
});
