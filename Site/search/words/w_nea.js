BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4a,7,f,1,q,t,u,3,3,3,2;4a,7,g,2o",
"neared":"5l,1s",
"nearly":"48,o,1j,v,6,3;4w"
});
