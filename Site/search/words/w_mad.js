BRIEFINGS_SEARCH_WORDS("mad",{
"made":"3v,1,31,3,j,4,8,4;3v,1"
});
