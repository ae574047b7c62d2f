BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2u,13,l,4;2r,3x"
});
