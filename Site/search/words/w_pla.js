BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,3b,9,26,1;52,9",
"plaisanterie":"2s,i,20,27",
"plan":"2b,57",
"plastic":"5f,21"
});
