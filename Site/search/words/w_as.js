BRIEFINGS_SEARCH_WORDS("as",{
"as":"4c,f,2,1,v,4,2,y,2,p,1,3,3,1,2,2;4u,2q,4,3,3,2"
});
