BRIEFINGS_SEARCH_WORDS("cur",{
"curb":"7k",
"currently":"4c,3i"
});
