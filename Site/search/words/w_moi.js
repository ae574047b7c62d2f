BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"28,11,18,1v,s,e,4,7;4h,1v,s,i",
"mois":"f,x,k,m,p,3,3e,v;6o",
"moitie":"1,2x,b,4a"
});
