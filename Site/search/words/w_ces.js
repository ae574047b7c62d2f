BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2i,r,1,2,w,6,16,1n,c,7,6,3;3c,12,2t",
"cessation":"63,14,c,5;63,14",
"cesse":"2x",
"cesser":"3c,j,25,1o,a,1",
"cesserait":"6e,19",
"cessez":"0,1,a,5,a,a,4,4,7,g,6,i,e,6,4,1,e,1k,y,b,3,o,3,9,1,4,1,3,7,1;3m,2t,r,d,g"
});
