BRIEFINGS_SEARCH_WORDS("dow",{
"down":"47,w,1q,1,1,3,n,1,6,3,2;53,1s,3",
"downed":"6v,r",
"downing":"2j",
"downs":"7m;7m"
});
