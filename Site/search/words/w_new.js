BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,14,2,5,a,u,g,9,w,6,5,f,2,4,1,3,2,2,2,2;4c,1j,1m",
"news":"d,29,47,v;6t",
"newsroom":"7j,5,7,2"
});
