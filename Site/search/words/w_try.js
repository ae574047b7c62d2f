BRIEFINGS_SEARCH_WORDS("try",{
"trying":"4y,35"
});
