BRIEFINGS_SEARCH_WORDS("por",{
"port":"5q,1u",
"porte":"6,5,l,a,6,8,f,s,e,2,1e,q,1,o,1n,3,3,5;4l,r",
"portefeuille":"1z",
"portes":"6z,k",
"portugais":"g"
});
