BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,13,1s,o,f,4,7;4c,1s,o,j",
"mois":"f,x,k,m,p,3,35,t;6f",
"moitie":"1,2x,b,3z"
});
