BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,3c,8,23,1;53,8",
"plaisanterie":"2s,i,20,24",
"plan":"2b,54",
"plastic":"5f,1y"
});
