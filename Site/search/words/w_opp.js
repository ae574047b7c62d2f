BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,30,24,4,2f;5b",
"opposent":"o",
"opposition":"1,k,1a,k,2,1,f,c,y,3n"
});
