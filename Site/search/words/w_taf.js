BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4r,3,2m;4s,2p"
});
