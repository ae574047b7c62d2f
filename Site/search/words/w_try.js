BRIEFINGS_SEARCH_WORDS("try",{
"trying":"4b,36"
});
