BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,3g,9,29,1;57,9",
"plaisanterie":"2s,i,25,2a",
"plan":"2b,5f",
"plastic":"5k,24"
});
