BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1m,48",
"coastal":"41,3l",
"coastguard":"1c"
});
