BRIEFINGS_SEARCH_WORDS("als",{
"also":"47,q,28,5,6,3,2"
});
