BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,3c,20,3,2m;3d,20,2p"
});
