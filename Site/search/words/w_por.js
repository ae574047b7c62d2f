BRIEFINGS_SEARCH_WORDS("por",{
"port":"5m,1n",
"porte":"6,5,l,a,6,8,g,s,e,2,1b,n,2,n,1h,3,3,5;4j",
"portefeuille":"20",
"portes":"6m,m",
"portugais":"g"
});
