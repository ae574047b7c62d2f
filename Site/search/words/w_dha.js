BRIEFINGS_SEARCH_WORDS("dha",{
"dhabi":"z"
});
