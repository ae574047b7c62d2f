BRIEFINGS_SEARCH_WORDS("su",{
"su":"6j,2,q;6l"
});
