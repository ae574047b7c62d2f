BRIEFINGS_SEARCH_WORDS("whi",{
"which":"4w,m,1o,4,4,3,3;4w",
"while":"7h",
"white":"l,g,38,3b;49"
});
