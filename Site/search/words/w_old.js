BRIEFINGS_SEARCH_WORDS("old",{
"old":"79"
});
