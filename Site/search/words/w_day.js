BRIEFINGS_SEARCH_WORDS("day",{
"day":"4l,u,t,1n,7,3,2;5f",
"days":"4r,27,t,5,9,2;4r"
});
