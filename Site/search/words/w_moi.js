BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,13,1s,r,f,4,7;4c,1s,r,j",
"mois":"f,x,k,m,p,3,36,v;6g",
"moitie":"1,2x,b,42"
});
