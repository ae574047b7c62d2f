BRIEFINGS_SEARCH_WORDS("exu",{
"exutoire":"3a"
});
