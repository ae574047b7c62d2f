BRIEFINGS_SEARCH_WORDS("new",{
"new":"2r,15,a,s,g,9,s,6,4,f,2,4,1,3,2,2,2,2;46,1h,1h",
"news":"d,29,3v,u;6h",
"newsroom":"76,5,7,2"
});
