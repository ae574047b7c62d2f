BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,29,20,c,7,1,2,b,7,u,1,1,3,1,2,1,5,2;5s",
"leurs":"1y,e,5,r,5,2n,1c,6,5;60"
});
