BRIEFINGS_SEARCH_WORDS("duj",{
"dujarric":"2r,2z,17,5,l,4;2r,46,5"
});
