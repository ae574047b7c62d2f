BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"47,3o",
"organise":"b,70,7",
"organisee":"3v,43",
"organization":"1f,w"
});
