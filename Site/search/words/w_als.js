BRIEFINGS_SEARCH_WORDS("als",{
"also":"4b,r,2e,5,6,3,2;4b"
});
