BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4q,3,2p;4r,2s"
});
