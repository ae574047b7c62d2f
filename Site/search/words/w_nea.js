BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4a,7,f,1,q,v,v,3,3,3,2;4a,7,g,2r",
"neared":"5l,1v",
"nearly":"48,o,1l,w,6,3;4w,1l"
});
