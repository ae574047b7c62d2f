BRIEFINGS_SEARCH_WORDS("ces",{
"ces":"2j,1d,1,1,u,18,1h,c,7,6,3;3y,3j",
"cessation":"6j,y,c,5;6j,y",
"cesse":"2y",
"cesser":"3y,e,5,1z,1i,a,1",
"cesserait":"6r,16",
"cessez":"0,1,a,5,a,a,4,4,7,g,7,i,e,6,q,1,d,1e,y,1,7,3,k,1,4,8,1,4,1,3,7,1;48,2k,n,1,d,g"
});
