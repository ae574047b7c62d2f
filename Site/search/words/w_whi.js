BRIEFINGS_SEARCH_WORDS("whi",{
"which":"54,m,i,1b,4,4,3,3;54,14",
"while":"7u",
"white":"l,g,3e,3i;4f"
});
