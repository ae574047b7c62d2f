BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"7a,7",
"human":"24,8,1,1v,n,w,1u,3,3,3;5r",
"humanitaire":"u,7,n,1,2,2,8,9,q,1,7,15,5,6,2,b,2,i,1,7,1,2,1d,2,c,2,4;4q",
"humanitaires":"21,9,2,p,8,1f,2t,c",
"humanitarian":"1o,d,9,r,1a,2,e,t,1,1,3,1o,3,8,3,3;4b,2,18,4"
});
