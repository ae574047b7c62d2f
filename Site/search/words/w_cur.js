BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"79",
"currently":"48,3b"
});
