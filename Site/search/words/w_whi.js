BRIEFINGS_SEARCH_WORDS("whi",{
"which":"4y,n,1n,4,4,3,3;4y",
"while":"7j",
"white":"l,g,38,3d;49"
});
