BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"70,7",
"human":"25,8,1,1q,n,x,1n,3,3,3;5o",
"humanitaire":"u,7,n,1,2,2,9,9,q,1,7,10,6,6,2,a,2,i,1,1,7,2,15,1,3,c,2,4;4n",
"humanitaires":"22,9,2,p,8,1b,2m,c",
"humanitarian":"1o,e,9,r,15,2,f,s,1,2,3,1k,8,3,3;47,2,18"
});
