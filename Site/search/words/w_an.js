BRIEFINGS_SEARCH_WORDS("an",{
"an":"49,g,2,q,1o,8,3,1,2;49,i"
});
