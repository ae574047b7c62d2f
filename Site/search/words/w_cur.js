BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"79",
"currently":"47,3c"
});
