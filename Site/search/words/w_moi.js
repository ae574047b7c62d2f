BRIEFINGS_SEARCH_WORDS("moi",{
"moins":"29,1n,13,1r,n,g,4,7;4z,1r,n,k",
"mois":"f,x,k,n,1b,3,34,t;71",
"moitie":"1,2y,x,3y"
});
