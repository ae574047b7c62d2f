BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,19,1v,s,e,4,7;4i,1v,s,i",
"mois":"f,x,k,m,p,3,3f,v;6p",
"moitie":"1,2x,b,4b"
});
