BRIEFINGS_SEARCH_WORDS("als",{
"also":"4t,q,28,5,6,3,2"
});
