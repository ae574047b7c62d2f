BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2i,r,1,2,o,b,19,1p,c,7,6,3;3c,3x",
"cessation":"63,16,c,5;63,16",
"cesse":"2x",
"cesser":"3c,j,2,23,1q,a,1",
"cesserait":"6f,1a",
"cessez":"0,1,a,5,a,a,4,4,7,g,6,i,e,6,4,1,e,1k,y,1,b,3,o,1,3,9,1,4,1,3,7,1;3m,2u,r,1,d,g"
});
