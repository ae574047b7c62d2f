BRIEFINGS_SEARCH_WORDS("mad",{
"made":"6p,h,4,8,4"
});
