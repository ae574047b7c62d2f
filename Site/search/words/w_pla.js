BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2u,8",
"plaide":"10,8,j,3x,9,23,1;5o,9",
"plaisanterie":"2t,14,1z,24;5w",
"plan":"2c,5p",
"plastic":"61,1y"
});
