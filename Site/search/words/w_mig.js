BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"76",
"migrants":"0,d,6,1,s,8,2,a,6,g,b,4,1,a,1s,b,5,1,17,i,3,3,3,1;79",
"migration":"1c,n,17,4b",
"migrations":"1c,n,17,2",
"migratoire":"0,f,1o,x,8,3z,2"
});
