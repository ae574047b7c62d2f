BRIEFINGS_SEARCH_WORDS("plu",{
"plunge":"4j,3o",
"plupart":"5z,1j,b,7",
"plus":"0,i,l,h,i,h,b,5,w,1,1,g,7,8,1w,2,p,1,d,4,4,5,2,1;4d,7",
"plusieurs":"f,1,c,5,g,4,1,r,9,k,u,3q,6,c,2",
"plutot":"3v"
});
