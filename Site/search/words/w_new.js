BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,14,4,c,v,g,9,v,6,5,f,2,4,1,3,2,2,2,2",
"news":"d,29,46,v",
"newsroom":"7i,5,7,2"
});
