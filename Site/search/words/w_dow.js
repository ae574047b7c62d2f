BRIEFINGS_SEARCH_WORDS("dow",{
"down":"44,r,1n,1,1,3,n,1,6,3,2;4v,1p,3",
"downed":"6k,r",
"downing":"2j",
"downs":"7b;7b"
});
