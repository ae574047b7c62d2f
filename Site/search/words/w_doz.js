BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7m",
"dozens":"7d"
});
