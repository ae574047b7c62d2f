BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2y,16,5,k,4;2r,44,5"
});
