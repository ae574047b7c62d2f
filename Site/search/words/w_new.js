BRIEFINGS_SEARCH_WORDS("new",{
"new":"2s,10,r,a,t,3,2,b,9,q,8,g,2,4,1,3,2,2,2,2;3s,2j,1e",
"news":"d,2a,4h,s",
"newsroom":"7r,5,7,2"
});
