BRIEFINGS_SEARCH_WORDS("dow",{
"down":"45,t,1l,1,1,2,n,1,6,3,2;4y,1n,2",
"downed":"6l,q",
"downing":"2k",
"downs":"7b;7b"
});
