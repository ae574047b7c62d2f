BRIEFINGS_SEARCH_WORDS("one",{
"one":"6q,x,3,4"
});
