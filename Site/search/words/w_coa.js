BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,4m",
"coastal":"46,3t",
"coastguard":"1c"
});
