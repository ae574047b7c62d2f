BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"6z,7",
"human":"25,8,1,1q,m,x,1n,3,3,3;5n",
"humanitaire":"u,7,n,1,2,2,9,9,q,1,7,10,6,5,2,a,2,i,1,1,7,2,15,1,3,c,2,4;4m",
"humanitaires":"22,9,2,p,8,1a,2m,c",
"humanitarian":"1o,e,9,r,15,2,e,7,l,1,2,3,1k,8,3,3;47,2,17,5"
});
