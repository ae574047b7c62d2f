BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2i,r,1,2,n,b,19,1n,c,7,6,3;3c,3u",
"cessation":"62,14,c,5;62,14",
"cesse":"2x",
"cesser":"3c,j,24,1o,a,1",
"cesserait":"6d,19",
"cessez":"0,1,a,5,a,a,4,4,7,g,6,i,e,6,4,1,e,1j,y,b,3,o,3,9,1,4,1,3,7,1;3m,2s,r,d,g"
});
