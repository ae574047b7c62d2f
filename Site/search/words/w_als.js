BRIEFINGS_SEARCH_WORDS("als",{
"also":"46,r,28,5,6,3,2"
});
