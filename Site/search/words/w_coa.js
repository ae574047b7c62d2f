BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,4b",
"coastal":"40,3o",
"coastguard":"1c"
});
