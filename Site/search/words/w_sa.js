BRIEFINGS_SEARCH_WORDS("sa",{
"sa":"k,4,1,b,9,3,12,7,e,1,7,1,1,1,9,9,u,1q,z,7,4,1;3j,9,u,1q"
});
