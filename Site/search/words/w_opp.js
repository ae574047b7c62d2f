BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,30,1x,4,2c;54",
"opposent":"o",
"opposition":"1,k,1a,k,2,1,f,c,t,3i"
});
