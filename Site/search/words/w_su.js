BRIEFINGS_SEARCH_WORDS("su",{
"su":"6i,2,r;6k"
});
