BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7j",
"dozens":"7a"
});
