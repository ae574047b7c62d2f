BRIEFINGS_SEARCH_WORDS("coa",{
"coalition":"4,d,y,8",
"coast":"17,5,1l,4l",
"coastal":"40,3y",
"coastguard":"1c"
});
