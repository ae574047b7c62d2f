BRIEFINGS_SEARCH_WORDS("por",{
"port":"68,1n",
"porte":"6,5,l,a,6,8,g,s,e,o,1b,n,2,n,1h,3,3,5;55",
"portefeuille":"20",
"portes":"78,m",
"portugais":"g"
});
