BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,19,1v,s,f,4,7;4i,1v,s,j",
"mois":"f,x,k,m,p,3,3f,w;6p",
"moitie":"1,2x,b,4c"
});
