BRIEFINGS_SEARCH_WORDS("atm",{
"atmosphere":"83"
});
