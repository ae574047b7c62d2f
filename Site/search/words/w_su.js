BRIEFINGS_SEARCH_WORDS("su",{
"su":"6t,2,r;6v"
});
