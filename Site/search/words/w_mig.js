BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"7r",
"migrants":"0,d,6,1,s,8,2,a,7,g,b,4,1,w,1t,b,6,1,12,j,3,3,3,1;7u",
"migration":"1c,o,17,29,2m",
"migrations":"1c,o,17,o",
"migratoire":"0,f,1p,x,u,3x,2"
});
