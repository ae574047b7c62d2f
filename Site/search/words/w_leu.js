BRIEFINGS_SEARCH_WORDS("leu",{
"leur":"2,m,b,2w,1y,d,7,1,2,b,7,u,1,1,3,1,2,1,5,2;6d,1",
"leurs":"1y,f,5,1d,5,2m,1c,6,5;6m"
});
