BRIEFINGS_SEARCH_WORDS("peo",{
"people":"48,m,q,2,1k,4,1,3,3,3;4u,s"
});
