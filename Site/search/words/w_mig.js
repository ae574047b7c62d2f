BRIEFINGS_SEARCH_WORDS("mig",{
"migrant":"7j",
"migrants":"0,d,6,1,s,8,2,a,6,g,b,4,1,a,20,b,5,1,1c,i,3,3,3,1;71,l",
"migration":"1c,n,17,4o",
"migrations":"1c,n,17,2",
"migratoire":"0,f,1o,x,8,4c,2"
});
