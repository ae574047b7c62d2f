BRIEFINGS_SEARCH_WORDS("su",{
"su":"6k,2,r;6m"
});
