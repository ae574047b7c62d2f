BRIEFINGS_SEARCH_WORDS("an",{
"an":"4v,g,2,q,1o,8,3,1,2;4v,i"
});
