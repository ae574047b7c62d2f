BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2z,16,5,k,4;2r,45,5"
});
