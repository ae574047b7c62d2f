BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,e,1,n,1,9;2b",
"organisations":"47,3p",
"organise":"b,70,8",
"organisee":"3v,44",
"organization":"1f,w"
});
