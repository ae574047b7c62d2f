BRIEFINGS_SEARCH_WORDS("old",{
"old":"7v"
});
