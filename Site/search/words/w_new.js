BRIEFINGS_SEARCH_WORDS("new",{
"new":"2s,15,a,u,3,2,b,9,q,9,f,2,4,1,3,2,2,2,2;5q,1e",
"news":"d,2a,3v,t;6i",
"newsroom":"76,5,7,2"
});
