BRIEFINGS_SEARCH_WORDS("wit",{
"with":"3v,g,n,m,12,u,5,3,3,1,2;4y,m",
"without":"22,26,m,2y,2;7s"
});
