BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4b,7,f,1,q,t,u,3,3,3,2;4b,7,g,2o",
"neared":"5m,1s",
"nearly":"49,o,1j,v,6,3;4x"
});
