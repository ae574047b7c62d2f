BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4q,3,2m;4r,2p"
});
