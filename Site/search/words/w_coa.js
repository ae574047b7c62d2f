BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1m,4t",
"coastal":"4n,3k",
"coastguard":"1c"
});
