BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"85",
"dozens":"7w"
});
