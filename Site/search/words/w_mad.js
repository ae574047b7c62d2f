BRIEFINGS_SEARCH_WORDS("mad",{
"made":"3v,1,2z,3,i,4,8,4;3v,1"
});
