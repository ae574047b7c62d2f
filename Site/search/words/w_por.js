BRIEFINGS_SEARCH_WORDS("por",{
"port":"5r,1w",
"porte":"6,5,l,a,6,8,f,s,e,2,1f,q,1,o,1p,3,3,5;4m,r",
"portefeuille":"1z",
"portes":"71,l",
"portugais":"g"
});
