BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4a,5,f,1,p,w,v,3,3,3,2;4a,5,g,2r",
"neared":"5i,1w",
"nearly":"48,m,1l,w,6,3;4u,1l"
});
