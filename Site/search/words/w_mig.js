BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"75",
"migrants":"0,d,6,1,s,8,2,a,7,g,b,4,1,a,1t,b,6,1,12,j,3,3,3,1;78",
"migration":"1c,o,17,1n,2m",
"migrations":"1c,o,17,2",
"migratoire":"0,f,1p,x,8,3x,2"
});
