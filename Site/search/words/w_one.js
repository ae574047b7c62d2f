BRIEFINGS_SEARCH_WORDS("one",{
"one":"71,v,3,4"
});
