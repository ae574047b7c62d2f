BRIEFINGS_SEARCH_WORDS("mad",{
"made":"6n,l,4,8,4"
});
