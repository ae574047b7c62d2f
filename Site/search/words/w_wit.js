BRIEFINGS_SEARCH_WORDS("wit",{
"with":"3v,g,o,m,12,u,5,3,3,1,2;4z,m",
"without":"22,24,p,2y,2;7t"
});
