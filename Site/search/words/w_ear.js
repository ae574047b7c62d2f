BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4s,2x;4s",
"early":"4g,3f"
});
