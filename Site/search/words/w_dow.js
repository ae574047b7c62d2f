BRIEFINGS_SEARCH_WORDS("dow",{
"down":"45,s,1k,1,1,2,o,1,6,3,2;4x,1m,2",
"downed":"6j,r",
"downing":"2k",
"downs":"7a;7a"
});
