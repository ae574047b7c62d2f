BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4g,5,h,1,p,10,w,3,3,3,2;4g,5,i,2w",
"neared":"5q,21",
"nearly":"4e,o,1p,x,6,3;4e,o,1p"
});
