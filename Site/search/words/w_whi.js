BRIEFINGS_SEARCH_WORDS("whi",{
"which":"54,m,h,1a,4,4,3,3;54,13",
"while":"7s",
"white":"l,g,3e,3g;4f"
});
