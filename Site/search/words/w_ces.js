BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2i,r,1,1,u,19,1k,c,7,6,3;3b,3n",
"cessation":"5x,11,c,5;5x,11",
"cesse":"2x",
"cesser":"3b,e,5,20,1l,a,1",
"cesserait":"65,19",
"cessez":"0,1,a,5,a,a,4,4,7,g,6,i,e,6,4,1,d,1g,x,1,7,3,n,1,3,9,1,4,1,3,7,1;3l,2l,q,1,d,g"
});
