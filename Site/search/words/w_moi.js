BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"29,11,13,1s,o,f,4,7;4d,1s,o,j",
"mois":"f,x,k,n,p,3,35,t;6g",
"moitie":"1,2y,b,3z"
});
