BRIEFINGS_SEARCH_WORDS("dow",{
"down":"4r,s,1k,1,1,2,o,1,6,3,2;5j,1m,2",
"downed":"75,r",
"downing":"2k",
"downs":"7w;7w"
});
