BRIEFINGS_SEARCH_WORDS("day",{
"day":"44,v,s,1w,7,3,2;44,v",
"days":"4a,2f,r,3,5,9,2;6p"
});
