BRIEFINGS_SEARCH_WORDS("su",{
"su":"6i,2,q;6k"
});
