BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2j,r,1,1,u,18,1h,c,7,6,3;3c,3j",
"cessation":"5x,y,c,5;5x,y",
"cesse":"2y",
"cesser":"3c,e,5,1z,1i,a,1",
"cesserait":"65,16",
"cessez":"0,1,a,5,a,a,4,4,7,g,7,i,e,6,4,1,d,1e,y,1,7,3,k,1,4,8,1,4,1,3,7,1;3m,2k,n,1,d,g"
});
