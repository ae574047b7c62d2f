BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7n",
"currently":"4d,3k"
});
