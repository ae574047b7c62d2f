BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4b,7,e,1,q,t,u,3,3,3,2;4b,7,f,2o",
"neared":"5l,1s",
"nearly":"49,n,1j,v,6,3;4w"
});
