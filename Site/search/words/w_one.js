BRIEFINGS_SEARCH_WORDS("one",{
"one":"6r,x,3,4"
});
