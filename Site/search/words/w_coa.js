BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,4k",
"coastal":"43,3u",
"coastguard":"1c"
});
