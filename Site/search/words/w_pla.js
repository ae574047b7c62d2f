BRIEFINGS_SEARCH_WORDS("pla",{
"place":"2t,8",
"plaide":"10,8,j,3h,9,2b,1;58,9",
"plaisanterie":"2s,i,26,2c",
"plan":"2b,5i",
"plastic":"5l,26"
});
