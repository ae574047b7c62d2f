BRIEFINGS_SEARCH_WORDS("ove",{
"over":"3v,4,3,1,3,6,k,2,u,11,1,1,4,n,1,6,5;3z,3,1,3,6,m,u,17",
"overwhelmed":"7q"
});
