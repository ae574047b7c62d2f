BRIEFINGS_SEARCH_WORDS("mos",{
"mosaique":"3u",
"moscou":"1,1,j,j,9,2,g,9,i,3,1,e,1,h,8,1,1,4,1,1,1,4,1,2,8,j,4,h,15,o,1,1,5,6,1,8,3,4,1;3m,8,6,2,6,a,n,2a,1,d,8,8",
"moscow":"2m,10,18,3b,2;4u",
"most":"4t,2,n,1m,s,3,3,3;5i"
});
