BRIEFINGS_SEARCH_WORDS("sum",{
"summit":"87"
});
