BRIEFINGS_SEARCH_WORDS("su",{
"su":"6u,2,s;6w"
});
