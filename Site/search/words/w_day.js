BRIEFINGS_SEARCH_WORDS("day",{
"day":"43,v,s,1u,7,3,2;43,v",
"days":"49,2e,q,3,5,9,2;6n"
});
