BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"7l,7",
"human":"25,8,1,2c,m,x,1n,3,3,3;69",
"humanitaire":"u,7,n,1,2,2,9,9,q,1,t,10,6,5,2,a,2,i,1,1,7,2,15,1,3,c,2,4;58",
"humanitaires":"22,9,2,p,u,1a,2m,c",
"humanitarian":"1o,e,9,r,1r,2,e,7,l,1,2,3,1k,8,3,3;4t,2,17,5"
});
