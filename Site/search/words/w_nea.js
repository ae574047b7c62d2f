BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4g,5,h,1,p,z,v,3,3,3,2;4g,5,i,2u",
"neared":"5q,1z",
"nearly":"4d,p,1o,w,6,3;4d,p,1o"
});
