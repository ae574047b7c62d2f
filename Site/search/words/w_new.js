BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,15,a,u,3,2,b,9,q,9,f,2,4,1,3,2,2,2,2;5p,1e",
"news":"d,29,3v,t;6h",
"newsroom":"75,5,7,2"
});
