BRIEFINGS_SEARCH_WORDS("taf",{
"taftanaz":"1,4w,3,2u;4x,2x"
});
