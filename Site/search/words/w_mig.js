BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"76",
"migrants":"0,d,6,1,s,8,2,a,7,g,b,4,1,a,1u,b,6,1,13,i,3,3,3,1;79",
"migration":"1c,o,17,4a",
"migrations":"1c,o,17,2",
"migratoire":"0,f,1p,x,8,3y,2"
});
