BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,15,a,t,2,4,b,9,s,6,4,f,2,4,1,3,2,2,2,2;5p,1h",
"news":"d,29,3x,u;6j",
"newsroom":"78,5,7,2"
});
