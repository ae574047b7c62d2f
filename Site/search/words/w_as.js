BRIEFINGS_SEARCH_WORDS("as",{
"as":"4d,f,2,1,v,4,2,z,2,q,1,3,3,1,2,2;4v,2s,4,3,3,2"
});
