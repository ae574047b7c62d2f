BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"4w,2y"
});
