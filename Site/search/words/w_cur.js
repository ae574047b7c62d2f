BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7l",
"currently":"4c,3j"
});
