BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,2a,1y,d,7,1,2,b,7,u,1,1,3,1,2,1,5,2;5r,1",
"leurs":"1y,f,5,r,5,2m,1c,6,5;60"
});
