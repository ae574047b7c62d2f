BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,39,9,26,1;50,9",
"plaisanterie":"2s,i,1y,27",
"plan":"2b,55",
"plastic":"5d,21"
});
