BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,29,3,23,b,8,1,2,f,7,y,1,1,3,1,2,1,5,2;5x,1",
"leurs":"1y,e,5,r,6,2s,1k,6,5;66"
});
