BRIEFINGS_SEARCH_WORDS("als",{
"also":"4c,r,2g,5,6,3,2;4c"
});
