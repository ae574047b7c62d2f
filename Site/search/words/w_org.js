BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"4a,3n",
"organise":"b,72,7",
"organisee":"3v,2,43",
"organization":"1f,w"
});
