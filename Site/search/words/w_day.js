BRIEFINGS_SEARCH_WORDS("day",{
"day":"3y,t,s,1r,7,3,2;4r",
"days":"44,29,t,5,9,2;6d"
});
