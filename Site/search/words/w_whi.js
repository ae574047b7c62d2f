BRIEFINGS_SEARCH_WORDS("whi",{
"which":"4z,n,1k,4,4,3,3;4z",
"while":"7h",
"white":"l,g,39,3a;4a"
});
