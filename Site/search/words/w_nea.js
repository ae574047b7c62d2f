BRIEFINGS_SEARCH_WORDS("nea",{
"near":"4f,5,h,1,p,z,v,3,3,3,2;4f,5,i,2u",
"neared":"5p,1z",
"nearly":"4d,o,1o,w,6,3;4d,o,1o"
});
