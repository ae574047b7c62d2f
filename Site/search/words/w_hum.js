BRIEFINGS_SEARCH_WORDS("hum",{
"humains":"70,7",
"human":"24,8,1,1q,l,w,1r,3,3,3;5k",
"humanitaire":"u,7,n,1,2,2,8,9,q,1,7,10,5,5,2,a,2,i,1,7,1,2,1a,2,c,2,4;4k",
"humanitaires":"21,9,2,p,8,19,2p,c",
"humanitarian":"1o,d,9,r,15,2,d,s,1,1,3,1o,8,3,3;46,2,16,4"
});
