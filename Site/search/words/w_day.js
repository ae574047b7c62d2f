BRIEFINGS_SEARCH_WORDS("day",{
"day":"3z,v,t,1n,7,3,2;4u",
"days":"45,28,t,5,9,2;45"
});
