BRIEFINGS_SEARCH_WORDS("laq",{
"laquelle":"4,26,1m"
});
