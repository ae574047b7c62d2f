BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,19,1v,s,f,4,7;7o",
"mois":"f,x,k,m,p,3,3f,w",
"moitie":"1,2x,b,4c"
});
