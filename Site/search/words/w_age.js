BRIEFINGS_SEARCH_WORDS("age",{
"agence":"d,s,2,a,u,1,a,c,3j,r,f;2m",
"agences":"u,1i,1,e,4f",
"agencies":"2c",
"agency":"d,s,2,13,1,1,a,c,2s,r,t,3;5q,r"
});
