BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4n,2q",
"early":"4b,38"
});
