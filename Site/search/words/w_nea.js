BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4g,5,h,1,p,z,w,3,3,3,2;4g,5,i,2v",
"neared":"5q,20",
"nearly":"4d,p,1o,x,6,3;4d,p,1o"
});
