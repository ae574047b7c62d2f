BRIEFINGS_SEARCH_WORDS("plu",{
"plunge":"41,3v",
"plupart":"5i,1p,b,7",
"plus":"0,i,l,h,h,h,b,5,a,1,1,1,g,b,8,1z,3,t,d,4,4,5,2,1;3r,b",
"plusieurs":"f,1,c,5,g,4,1,q,9,k,8,42,6,c,2;7b",
"plutot":"38"
});
