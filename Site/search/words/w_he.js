BRIEFINGS_SEARCH_WORDS("he",{
"he":"3v,1u,x,b,n,1,3,4,2;3v,1u,x,b"
});
