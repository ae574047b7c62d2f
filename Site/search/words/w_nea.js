BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4x,7,e,1,q,t,u,3,3,3,2;4x,7,f,2o",
"neared":"67,1s",
"nearly":"4v,n,1j,v,6,3;5i"
});
