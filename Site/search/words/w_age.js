BRIEFINGS_SEARCH_WORDS("age",{
"agence":"d,s,2,a,v,1,a,c,45,q,f;2n",
"agences":"u,1j,1,e,50",
"agencies":"2d",
"agency":"d,s,2,14,1,1,a,c,3d,s,s,3"
});
