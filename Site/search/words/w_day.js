BRIEFINGS_SEARCH_WORDS("day",{
"day":"41,y,s,1v,7,3,2;41,y",
"days":"47,2h,r,3,5,9,2;6o"
});
