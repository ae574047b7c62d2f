BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,48",
"coastal":"40,3l",
"coastguard":"1c"
});
