BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7v",
"dozens":"7m"
});
