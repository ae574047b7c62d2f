BRIEFINGS_SEARCH_WORDS("one",{
"one":"6q,w,3,4"
});
