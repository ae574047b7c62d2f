BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,30,25,4,2h;5c",
"opposent":"o",
"opposition":"1,k,1a,k,2,1,f,c,z,3p"
});
