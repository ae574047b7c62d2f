BRIEFINGS_SEARCH_WORDS("dow",{
"down":"44,t,1l,1,1,2,n,1,6,3,2;4x,1n,2",
"downed":"6k,q",
"downing":"2j",
"downs":"7a;7a"
});
