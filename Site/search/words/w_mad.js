BRIEFINGS_SEARCH_WORDS("mad",{
"made":"79,i,4,8,4"
});
