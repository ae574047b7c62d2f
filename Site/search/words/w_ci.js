BRIEFINGS_SEARCH_WORDS("ci",{
"ci":"3k,43"
});
