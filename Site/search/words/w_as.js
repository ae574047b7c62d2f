BRIEFINGS_SEARCH_WORDS("as",{
"as":"47,e,1,1,v,4,2,v,2,p,1,3,3,1,2,2;4n,2n,4,3,3,2"
});
