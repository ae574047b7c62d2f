BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"44,3f",
"organise":"b,6o,7",
"organisee":"3p,5,3s",
"organization":"1f,w"
});
