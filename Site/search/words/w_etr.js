BRIEFINGS_SEARCH_WORDS("etr",{
"etrangere":"9,10,1s,u",
"etrangeres":"0,b,d,a,8,a,5,1,3,2,7,6,3,3,a,2,3,1,5,3,3,5,u,20,5,19,f,1,6,1,7,1;65",
"etrangers":"27,1q,i,3m,7;4f,3t",
"etre":"2n,d,u,1,2,29,h,p,i,4,2,9;66,h",
"etroit":"55,2z;55"
});
