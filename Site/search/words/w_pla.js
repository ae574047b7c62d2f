BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2u,8",
"plaide":"10,8,j,3c,9,23,1;53,9",
"plaisanterie":"2t,i,20,24",
"plan":"2c,54",
"plastic":"5g,1y"
});
