BRIEFINGS_SEARCH_WORDS("an",{
"an":"4e,h,2,x,16,j,8,3,1,2;4e,j,23"
});
