BRIEFINGS_SEARCH_WORDS("doz",{
"dozen":"7k",
"dozens":"7b"
});
