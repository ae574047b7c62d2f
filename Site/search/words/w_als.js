BRIEFINGS_SEARCH_WORDS("als",{
"also":"46,r,2b,5,6,3,2"
});
