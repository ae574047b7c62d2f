BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7a",
"currently":"48,3c"
});
