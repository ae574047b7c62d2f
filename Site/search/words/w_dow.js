BRIEFINGS_SEARCH_WORDS("dow",{
"down":"49,t,1q,1,1,3,n,1,6,3,2;52,1s,3",
"downed":"6u,r",
"downing":"2j",
"downs":"7l;7l"
});
