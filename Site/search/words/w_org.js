BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"44,3g",
"organise":"b,6p,7",
"organisee":"3p,5,3t",
"organization":"1f,w"
});
