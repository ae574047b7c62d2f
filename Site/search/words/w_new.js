BRIEFINGS_SEARCH_WORDS("new",{
"new":"2s,15,a,t,3,2,b,9,q,8,g,2,4,1,3,2,2,2,2;5p,1e",
"news":"d,2a,3v,s",
"newsroom":"75,5,7,2"
});
