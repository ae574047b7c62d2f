BRIEFINGS_SEARCH_WORDS("an",{
"an":"48,h,2,q,1o,8,3,1,2;48,j"
});
