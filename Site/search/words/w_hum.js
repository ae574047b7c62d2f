BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"7d,7",
"human":"24,8,1,1w,n,w,1w,3,3,3;5s",
"humanitaire":"u,7,n,1,2,2,8,9,q,1,7,16,5,6,2,b,2,i,1,7,1,2,1f,2,c,2,4;4r",
"humanitaires":"21,9,2,p,8,1g,2v,c",
"humanitarian":"1o,d,9,r,1b,2,e,t,1,1,3,1q,3,8,3,3;4c,2,18,4"
});
