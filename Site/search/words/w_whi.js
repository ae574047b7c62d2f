BRIEFINGS_SEARCH_WORDS("whi",{
"which":"54,m,h,1b,4,4,3,3;54,13",
"while":"7t",
"white":"l,g,3e,3h;4f"
});
