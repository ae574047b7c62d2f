BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7v",
"currently":"4u,3b"
});
