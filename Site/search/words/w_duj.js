BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2s,2t,12,m,4;2s,3v"
});
