BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"49,3l",
"organise":"b,6z,7",
"organisee":"3v,42",
"organization":"1f,w"
});
