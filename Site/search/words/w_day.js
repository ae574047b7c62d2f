BRIEFINGS_SEARCH_WORDS("day",{
"day":"3z,u,t,1n,7,3,2;4t",
"days":"45,27,t,5,9,2;45"
});
