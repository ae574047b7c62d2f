BRIEFINGS_SEARCH_WORDS("mad",{
"made":"6l,l,4,8,4"
});
