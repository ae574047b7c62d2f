BRIEFINGS_SEARCH_WORDS("age",{
"agence":"d,s,2,a,u,1,a,c,3l,s,f;2m",
"agences":"u,1i,1,e,4i",
"agencies":"2c",
"agency":"d,s,2,13,1,1,a,c,2s,t,u,3;5q,t"
});
