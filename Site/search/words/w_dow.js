BRIEFINGS_SEARCH_WORDS("dow",{
"down":"4a,t,1r,1,1,3,o,1,6,3,2;53,1t,3",
"downed":"6w,s",
"downing":"2j",
"downs":"7o;7o"
});
