BRIEFINGS_SEARCH_WORDS("sa",{
"sa":"k,4,1,b,9,3,n,g,7,e,1,t,1,1,1,9,9,t,1q,z,7,4,1;46,9,t,1q"
});
