BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,4j",
"coastal":"45,3r",
"coastguard":"1c"
});
