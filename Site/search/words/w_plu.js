BRIEFINGS_SEARCH_WORDS("plu",{
"plunge":"42,3x",
"plupart":"5j,1r,b,7",
"plus":"0,i,l,h,h,h,b,5,a,1,1,1,g,c,8,20,3,t,1,d,4,4,5,2,1;3r,c",
"plusieurs":"f,1,c,5,g,4,1,q,9,k,8,45,6,c,2;7e",
"plutot":"38"
});
