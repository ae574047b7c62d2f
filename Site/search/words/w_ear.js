BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4s,2y",
"early":"4g,3g"
});
