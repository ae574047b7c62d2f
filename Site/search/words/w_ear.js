BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4o,2q;4o",
"early":"4b,39"
});
