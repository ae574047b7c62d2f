BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2z,16,5,l,4;2r,45,5"
});
