BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7m",
"currently":"4c,3k"
});
