BRIEFINGS_SEARCH_WORDS("one",{
"one":"6p,w,3,4"
});
