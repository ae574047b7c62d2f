BRIEFINGS_SEARCH_WORDS("one",{
"one":"6f,v,3,4"
});
