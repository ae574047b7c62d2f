BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2r,13,4,l,4;2r,3u,4"
});
