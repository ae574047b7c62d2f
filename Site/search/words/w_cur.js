BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7c",
"currently":"47,3f"
});
