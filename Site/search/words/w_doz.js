BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7x",
"dozens":"7o"
});
