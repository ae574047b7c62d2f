BRIEFINGS_SEARCH_WORDS("su",{
"su":"6i,1,r;6j"
});
