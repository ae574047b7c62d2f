BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,f,1,n,1,9;2c",
"organisations":"45,3f",
"organise":"b,6p,7",
"organisee":"3q,5,3s",
"organization":"1f,x"
});
