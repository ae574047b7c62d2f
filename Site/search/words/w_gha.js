BRIEFINGS_SEARCH_WORDS("gha",{
"ghassan":"2,17,q,u,1l,k,c,1x,k,4,8,4,1;19,5y,o"
});
