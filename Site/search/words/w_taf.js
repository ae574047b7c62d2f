BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4v,3,2s;4w,2v"
});
