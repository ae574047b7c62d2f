BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4s,2y;4s",
"early":"4g,3g"
});
