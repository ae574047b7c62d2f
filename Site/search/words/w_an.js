BRIEFINGS_SEARCH_WORDS("an",{
"an":"4d,h,2,x,15,i,8,3,1,2;4d,j,22"
});
