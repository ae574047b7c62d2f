BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7a",
"currently":"47,3d"
});
