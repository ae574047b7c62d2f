BRIEFINGS_SEARCH_WORDS("laq",{
"laquelle":"4,25,10"
});
