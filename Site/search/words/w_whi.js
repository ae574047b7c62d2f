BRIEFINGS_SEARCH_WORDS("whi",{
"which":"53,m,h,1a,4,4,3,3;53,13",
"while":"7r",
"white":"l,g,3d,3g;4e"
});
