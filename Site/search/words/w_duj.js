BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2s,2u,13,l,4;2s,3x"
});
