BRIEFINGS_SEARCH_WORDS("as",{
"as":"4u,f,1,1,s,4,5,r,6,m,1,3,3,1,2,2;5b,2k,4,3,3,2"
});
