BRIEFINGS_SEARCH_WORDS("por",{
"port":"5m,1n",
"porte":"6,5,l,a,6,8,f,s,e,2,1b,o,1,o,1h,3,3,5;4i,p",
"portefeuille":"1z",
"portes":"6n,l",
"portugais":"g"
});
