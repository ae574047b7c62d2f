BRIEFINGS_SEARCH_WORDS("whi",{
"which":"4y,n,1k,4,4,3,3;4y",
"while":"7g",
"white":"l,g,39,39;4a"
});
