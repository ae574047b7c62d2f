BRIEFINGS_SEARCH_WORDS("day",{
"day":"41,y,s,1u,7,3,2;41,y",
"days":"47,2h,q,3,5,9,2;6o"
});
