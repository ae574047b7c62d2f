BRIEFINGS_SEARCH_WORDS("mos",{
"mosaique":"37",
"moscou":"1,1,j,j,9,2,g,8,i,3,1,e,1,3,1,1,5,2,1,4,1,2,b,d,6,3,7,d,5,1v,1,5,6,1,8,3,4,1;37,7,2,6,d,j,3,7,2d,d,8,8",
"moscow":"2l,1r,3i,2;4c",
"most":"4b,2,o,1r,t,3,3,3;51"
});
