BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4r,2x;4r",
"early":"4f,3f"
});
