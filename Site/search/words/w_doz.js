BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7w",
"dozens":"7n"
});
