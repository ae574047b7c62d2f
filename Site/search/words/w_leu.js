BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,2a,1z,d,7,1,2,b,7,u,1,1,3,1,2,1,5,2;5t",
"leurs":"1y,f,5,r,5,2n,1c,6,5;61"
});
