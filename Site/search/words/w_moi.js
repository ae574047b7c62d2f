BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,19,1w,s,f,4,7;4i,1w,s,j",
"mois":"f,x,k,m,p,3,3g,w;6q",
"moitie":"1,2x,b,4d"
});
