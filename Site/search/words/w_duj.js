BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2u,12,4,l,4;2r,3w,4"
});
