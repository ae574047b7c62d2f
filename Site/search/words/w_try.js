BRIEFINGS_SEARCH_WORDS("try",{
"trying":"4c,35"
});
