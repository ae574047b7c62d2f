BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,f,1,n,1,9;2c",
"organisations":"45,3e",
"organise":"b,6o,7",
"organisee":"3q,5,3r",
"organization":"1f,x"
});
