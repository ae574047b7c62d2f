BRIEFINGS_SEARCH_WORDS("sa",{
"sa":"k,4,1,b,9,3,n,g,7,e,1,7,1,1,1,9,9,t,1q,z,7,4,1;3k,9,t,1q"
});
