BRIEFINGS_SEARCH_WORDS("gha",{
"ghassan":"2,17,13,g,10,3,1,1,k,6,7,1e,p,2,1,j,4,8,4,1;19,2n,33,1,n"
});
