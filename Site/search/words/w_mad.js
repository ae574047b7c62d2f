BRIEFINGS_SEARCH_WORDS("mad",{
"made":"6o,h,4,8,4"
});
