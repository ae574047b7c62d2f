BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,29,3,22,b,8,1,2,e,7,x,1,1,3,1,2,1,5,2;5w,1",
"leurs":"1y,e,5,r,6,2q,1j,6,5;64"
});
