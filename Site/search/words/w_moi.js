BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"29,11,13,1r,n,g,4,7;4d,1r,n,k",
"mois":"f,x,k,n,p,3,34,t;6f",
"moitie":"1,2y,b,3y"
});
