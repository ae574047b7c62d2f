BRIEFINGS_SEARCH_WORDS("org",{
"organe":"s,1",
"organisation":"u,l,i,f,1,n,1,v;2c",
"organisations":"4r,3e",
"organise":"b,7a,7",
"organisee":"4c,5,3r",
"organization":"1f,x"
});
