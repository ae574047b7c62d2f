BRIEFINGS_SEARCH_WORDS("plu",{
"plunge":"3z,3y",
"plupart":"5j,1p,b,7",
"plus":"0,i,l,h,h,h,b,5,a,1,1,1,g,9,8,22,3,t,d,4,4,5,2,1;3r,9",
"plusieurs":"f,1,c,5,g,4,1,q,9,k,8,43,6,c,2;7c",
"plutot":"38"
});
