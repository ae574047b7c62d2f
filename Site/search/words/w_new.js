BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,14,4,c,v,g,9,v,6,5,e,2,4,1,3,2,2,2,2;4b,1k,1k",
"news":"d,29,46,u;6s",
"newsroom":"7h,5,7,2"
});
