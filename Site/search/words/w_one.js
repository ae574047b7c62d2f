BRIEFINGS_SEARCH_WORDS("one",{
"one":"6g,v,3,4"
});
