BRIEFINGS_SEARCH_WORDS("cul",{
"culture":"19,6m"
});
