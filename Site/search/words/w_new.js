BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,14,6,a,u,g,9,v,6,5,e,2,4,1,3,2,2,2,2;4b,1j,1k",
"news":"d,29,45,u;6r",
"newsroom":"7g,5,7,2"
});
