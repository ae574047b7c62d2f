BRIEFINGS_SEARCH_WORDS("sum",{
"summit":"7l"
});
