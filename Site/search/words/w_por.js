BRIEFINGS_SEARCH_WORDS("por",{
"port":"5j,1r",
"porte":"6,5,l,a,6,8,f,s,e,2,19,o,1,o,1k,3,3,5;4g,p",
"portefeuille":"1z",
"portes":"6o,l",
"portugais":"g"
});
