BRIEFINGS_SEARCH_WORDS("mos",{
"mosaique":"37",
"moscou":"1,1,j,j,9,2,g,8,i,3,1,e,1,3,1,1,5,2,1,4,1,2,c,d,6,3,7,d,5,1w,1,1,5,6,1,8,3,4,1;37,7,2,6,e,j,3,7,2e,1,d,8,8",
"moscow":"2l,1s,3k,2;4d",
"most":"4c,2,o,1s,u,3,3,3;52"
});
