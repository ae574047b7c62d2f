BRIEFINGS_SEARCH_WORDS("mad",{
"made":"6n,i,4,8,4"
});
