BRIEFINGS_SEARCH_WORDS("ear",{
"earlier":"4l,2t;4l",
"early":"4a,3a"
});
