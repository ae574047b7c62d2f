BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,3b,9,23,1;52,9",
"plaisanterie":"2s,i,20,24",
"plan":"2b,54",
"plastic":"5f,1y"
});
