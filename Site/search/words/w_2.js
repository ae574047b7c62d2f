BRIEFINGS_SEARCH_WORDS("2",{
"2":"2,17,1y,3,1,t,2u,2,j,2,3,a,1,1;44"
});
