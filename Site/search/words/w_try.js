BRIEFINGS_SEARCH_WORDS("try",{
"trying":"4h,3e"
});
