BRIEFINGS_SEARCH_WORDS("por",{
"port":"5r,1u",
"porte":"6,5,l,a,6,8,f,s,e,2,1f,q,1,o,1n,3,3,5;4m,r",
"portefeuille":"1z",
"portes":"70,k",
"portugais":"g"
});
