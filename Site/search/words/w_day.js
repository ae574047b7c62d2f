BRIEFINGS_SEARCH_WORDS("day",{
"day":"3y,v,t,1n,7,3,2;4t",
"days":"44,28,t,5,9,2;44"
});
