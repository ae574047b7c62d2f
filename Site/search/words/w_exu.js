BRIEFINGS_SEARCH_WORDS("exu",{
"exutoire":"3w"
});
