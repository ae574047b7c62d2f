BRIEFINGS_SEARCH_WORDS("gha",{
"ghassan":"2,17,q,u,z,k,d,1y,j,4,8,4,1;19,5e,n"
});
