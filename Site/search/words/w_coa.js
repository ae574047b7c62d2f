BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1m,47",
"coastal":"41,3k",
"coastguard":"1c"
});
