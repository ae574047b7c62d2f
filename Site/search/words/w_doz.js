BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7u",
"dozens":"7l"
});
