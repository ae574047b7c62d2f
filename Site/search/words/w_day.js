BRIEFINGS_SEARCH_WORDS("day",{
"day":"3y,v,t,1q,7,3,2;4t",
"days":"44,2b,t,5,9,2;44,2b"
});
