BRIEFINGS_SEARCH_WORDS("try",{
"trying":"4g,3c"
});
