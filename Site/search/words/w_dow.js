BRIEFINGS_SEARCH_WORDS("dow",{
"down":"44,t,1n,1,1,3,n,1,6,3,2;4x,1p,3",
"downed":"6m,r",
"downing":"2j",
"downs":"7d;7d"
});
