BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,31,2k,4,29;5s",
"opposent":"o",
"opposition":"1,k,1a,l,2,1,f,y,t,3g"
});
