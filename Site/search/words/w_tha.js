BRIEFINGS_SEARCH_WORDS("tha",{
"than":"4t,1j,1f,4,1,3,6;4t,1j",
"that":"3z,k,2,4,1,1,4,e,4,1,t,1,2,q,1,1,1,1,3,2,f,3,4,1,3,3,1,2,2;3z,m,4,1,1k,q,2,2,5,f"
});
