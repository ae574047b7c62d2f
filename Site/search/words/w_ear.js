BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"59,2q",
"early":"4x,38"
});
