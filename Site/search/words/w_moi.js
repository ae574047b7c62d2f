BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,13,1q,r,f,4,7;4c,1q,r,j",
"mois":"f,x,k,m,p,3,34,v;6e",
"moitie":"1,2x,b,40"
});
