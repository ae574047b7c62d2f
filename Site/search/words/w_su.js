BRIEFINGS_SEARCH_WORDS("su",{
"su":"74,1,r;75"
});
