BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,31,1y,4,29;56",
"opposent":"o",
"opposition":"1,k,1a,l,2,1,f,c,t,3g"
});
