BRIEFINGS_SEARCH_WORDS("ci",{
"ci":"3l,42"
});
