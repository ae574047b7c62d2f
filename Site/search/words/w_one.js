BRIEFINGS_SEARCH_WORDS("one",{
"one":"6f,w,3,4"
});
