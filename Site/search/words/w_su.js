BRIEFINGS_SEARCH_WORDS("su",{
"su":"6t,2,s;6v"
});
