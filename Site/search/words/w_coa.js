BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,49",
"coastal":"40,3m",
"coastguard":"1c"
});
