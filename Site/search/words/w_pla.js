BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2u,8",
"plaide":"10,8,j,3b,9,23,1;52,9",
"plaisanterie":"2t,i,1z,24;5a",
"plan":"2c,53",
"plastic":"5f,1y"
});
